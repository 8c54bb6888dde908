// Call Azure OpenAI with a Microsoft Entra ID token instead of a key, then test it with one free request.
import { DefaultAzureCredential, getBearerTokenProvider } from '@azure/identity';
import { AuthenticationError, AzureOpenAI, PermissionDeniedError } from 'openai';

const scope = 'https://cognitiveservices.azure.com/.default';
// The resource refuses keys, and AzureOpenAI refuses a key and a token together: drop a key left in the environment.
delete process.env.AZURE_OPENAI_API_KEY;
const token = process.env.AZURE_OPENAI_AD_TOKEN; // a token from `az account get-access-token`, for a quick check
// Otherwise: az login on your machine, a managed or workload identity in Azure, or a service principal's
// AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET. The provider renews the token before it expires.
const azureADTokenProvider = token ? async () => token : getBearerTokenProvider(new DefaultAzureCredential(), scope);

// baseURL: null so that OPENAI_BASE_URL does not replace AZURE_OPENAI_ENDPOINT
const client = new AzureOpenAI({ baseURL: null, endpoint: process.env.AZURE_OPENAI_ENDPOINT, azureADTokenProvider });
try {
  await client.models.list();
  console.log('the token is accepted');
} catch (err) {
  if (err instanceof AuthenticationError && err.code === 'PermissionDenied') {
    console.error(`401: give this identity the Cognitive Services OpenAI User role on the resource. ${err.message}`);
  } else if (err instanceof AuthenticationError) console.error(`401: check the tenant and that the token is for ${scope}. ${err.message}`);
  else if (err instanceof PermissionDeniedError) console.error(`403: the token was read; the resource's network rules refuse this address. ${err.message}`);
  else throw err;
  process.exitCode = 1;
}
