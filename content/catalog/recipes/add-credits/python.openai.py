"""Read the balance where the provider has an API for it, then make one test call that stops on a billing error."""
import openai
from openai import OpenAI

MODEL = "gpt-4.1-mini"
BILLING = ("insufficient_quota", "credit_balance_exhausted", "billing_not_active", "insufficient balance",
           "insufficient credits", "insufficient_user_quota", "额度")  # codes and texts, never the bare word "billing"
TOP_UP = {"api.openai.com": "https://platform.openai.com/settings/organization/billing/overview",
          "api.deepseek.com": "https://platform.deepseek.com/top_up",
          "openrouter.ai": "https://openrouter.ai/settings/credits"}
client = OpenAI(max_retries=0)  # OPENAI_API_KEY, OPENAI_BASE_URL; no retries: a billing 429 would be retried for nothing
host = client.base_url.host

try:  # balance endpoints that accept an ordinary API key
    if host == "api.deepseek.com":
        print(client.get(f"https://{host}/user/balance", cast_to=object))  # is_available, balance_infos
    elif host == "openrouter.ai":
        print(client.get("key", cast_to=object))  # data.limit_remaining and data.usage of this key
    elif host != "api.openai.com":  # one-api / new-api relay, in the relay's display unit
        total = client.get("dashboard/billing/subscription", cast_to=object).get("hard_limit_usd")
        used = client.get("dashboard/billing/usage", cast_to=object).get("total_usage", 0) / 100
        print(f"relay quota: {total} in total, {used} used")
except openai.APIStatusError as e:
    print(f"no balance from this endpoint (HTTP {e.status_code})")

try:
    reply = client.chat.completions.create(model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "ping"}])
    print("the key works:", reply.choices[0].message.content)
except openai.APIStatusError as e:
    if e.status_code == 402 or any(marker.lower() in str(e).lower() for marker in BILLING):
        where = TOP_UP.get(host, "the relay's 充值 / 兑换码 page, or ask its admin")
        raise SystemExit(f"Out of credit (HTTP {e.status_code}): top up at {where}, then run this again.\n{e}")
    raise
