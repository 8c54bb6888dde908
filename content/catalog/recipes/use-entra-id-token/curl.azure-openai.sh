# The resource takes Microsoft Entra ID tokens only. Sign in once (az login), then get a token
# for Azure OpenAI's audience and send it as a Bearer token instead of the api-key header.
export AZURE_OPENAI_ENDPOINT="https://<resource>.openai.azure.com"
TOKEN=$(az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv)
# Windows PowerShell: $TOKEN = az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv

# 200 = accepted; 401 = a token for another tenant or audience, or expired;
# 401 PermissionDenied = the signed-in identity has no role on the resource (drop -o /dev/null to see the body);
# 403 = the resource's network rules refuse this address
curl -sS -o /dev/null -w 'HTTP %{http_code}\n' \
  "${AZURE_OPENAI_ENDPOINT%/}/openai/models?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -H "Authorization: Bearer $TOKEN"
