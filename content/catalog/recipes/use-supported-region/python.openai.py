"""Tell OpenAI's region block apart from other errors, so it is not retried or mistaken for a key problem."""
import sys

import openai
from openai import OpenAI

MODEL = "gpt-4.1-mini"
client = OpenAI()

try:
    reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Say pong"}])
except openai.PermissionDeniedError as e:
    if e.code != "unsupported_country_region_territory":
        raise
    # Final: the request left the network in a place OpenAI does not serve. Retrying changes nothing.
    sys.exit("Region block (403 unsupported_country_region_territory): run this code from a supported "
             "country or region, or check where your proxy, VPN or server exits.")
print(reply.choices[0].message.content)
