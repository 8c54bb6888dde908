"""one-api / new-api: ask the relay about your token, and map its message to the setting on the 令牌 page."""
import json
import re
import urllib.request

import openai
from openai import OpenAI

FIXES = [  # the relay's message -> what to change on the relay's 令牌 page
    ("已过期", "the token expired: extend 过期时间 (or never expire) and enable it again, or create a new token"),
    ("额度已用尽", "the token's own quota is used up: raise its 额度 or tick 无限额度, then enable it again"),
    ("状态不可用", "the token is disabled: enable it"),
    ("无权(使用|访问)(任何)?模型", "the token's 模型限制 does not include this model: add it or turn the restriction off"),
    ("分组", "the token's group (分组) is not available to your account: pick another group for the token"),
    ("不在令牌允许访问的列表|指定网段", "the token's IP allowlist excludes this machine's address"),
    ("用户额度不足", "the account balance is low (not the token): top up or redeem a code; a smaller max_tokens lowers the pre-charge"),
    ("未提供令牌", "no token reached the relay: send it as Authorization: Bearer sk-..."),
    ("指定渠道", "remove the -<number> channel suffix from the token"),
    ("无效的令牌", "not a token of this relay (typo, deleted, another site's key); recent new-api says this for expired, used-up or disabled tokens too"),
]
client = OpenAI(max_retries=0)  # OPENAI_API_KEY = the relay token, OPENAI_BASE_URL = https://<relay>/v1

try:
    print("models this token may call:", sorted(m.id for m in client.models.list()))
    total = client.get("dashboard/billing/subscription", cast_to=object).get("hard_limit_usd", 0)
    used = client.get("dashboard/billing/usage", cast_to=object).get("total_usage", 0) / 100
    print(f"quota left: {total - used:.2f} of {total} in the relay's display unit (100000000 means unlimited)")
except openai.APIStatusError as e:
    text = str(e.message)
    print(next((fix for pattern, fix in FIXES if re.search(pattern, text)), f"HTTP {e.status_code}: {text}"))
    # new-api's read-only token usage answers even for expired or used-up tokens: expires_at, total_available, model_limits
    root = str(client.base_url).rstrip("/").removesuffix("/v1")
    request = urllib.request.Request(f"{root}/api/usage/token/", headers={"Authorization": f"Bearer {client.api_key}"})
    try:
        print(json.load(urllib.request.urlopen(request, timeout=15)).get("data"))
    except (OSError, ValueError) as err:
        print("this relay has no token usage endpoint (one-api, older new-api):", err)
    raise SystemExit(1)
