import type { CatalogFile } from './validate';
import anthropic from '../../../content/catalog/entries/anthropic.json';
import azureOpenai from '../../../content/catalog/entries/azure-openai.json';
import cherryStudio from '../../../content/catalog/entries/cherry-studio.json';
import claudeCode from '../../../content/catalog/entries/claude-code.json';
import cline from '../../../content/catalog/entries/cline.json';
import continueDev from '../../../content/catalog/entries/continue.json';
import cursor from '../../../content/catalog/entries/cursor.json';
import curl from '../../../content/catalog/entries/curl.json';
import deepseek from '../../../content/catalog/entries/deepseek.json';
import gateways from '../../../content/catalog/entries/gateways.json';
import gemini from '../../../content/catalog/entries/gemini.json';
import nodeNetwork from '../../../content/catalog/entries/node-network.json';
import openai from '../../../content/catalog/entries/openai.json';
import openrouter from '../../../content/catalog/entries/openrouter.json';
import pythonNetwork from '../../../content/catalog/entries/python-network.json';
import relay from '../../../content/catalog/entries/relay.json';
import systemNetwork from '../../../content/catalog/entries/system-network.json';
import account from '../../../content/catalog/recipes/account.json';
import config from '../../../content/catalog/recipes/config.json';
import network from '../../../content/catalog/recipes/network.json';
import request from '../../../content/catalog/recipes/request.json';
import retry from '../../../content/catalog/recipes/retry.json';

/** Every catalogue file, imported statically so the same data loads in Astro, Vitest, the CLI and the browser. */
export const catalogFiles: readonly CatalogFile[] = [
  { file: 'content/catalog/entries/anthropic.json', data: anthropic },
  { file: 'content/catalog/entries/azure-openai.json', data: azureOpenai },
  { file: 'content/catalog/entries/cherry-studio.json', data: cherryStudio },
  { file: 'content/catalog/entries/claude-code.json', data: claudeCode },
  { file: 'content/catalog/entries/cline.json', data: cline },
  { file: 'content/catalog/entries/continue.json', data: continueDev },
  { file: 'content/catalog/entries/cursor.json', data: cursor },
  { file: 'content/catalog/entries/curl.json', data: curl },
  { file: 'content/catalog/entries/deepseek.json', data: deepseek },
  { file: 'content/catalog/entries/gateways.json', data: gateways },
  { file: 'content/catalog/entries/gemini.json', data: gemini },
  { file: 'content/catalog/entries/node-network.json', data: nodeNetwork },
  { file: 'content/catalog/entries/openai.json', data: openai },
  { file: 'content/catalog/entries/openrouter.json', data: openrouter },
  { file: 'content/catalog/entries/python-network.json', data: pythonNetwork },
  { file: 'content/catalog/entries/relay.json', data: relay },
  { file: 'content/catalog/entries/system-network.json', data: systemNetwork },
  { file: 'content/catalog/recipes/account.json', data: account },
  { file: 'content/catalog/recipes/config.json', data: config },
  { file: 'content/catalog/recipes/network.json', data: network },
  { file: 'content/catalog/recipes/request.json', data: request },
  { file: 'content/catalog/recipes/retry.json', data: retry },
];
