import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const REQUIREMENTS = join(ROOT, 'tests', 'recipes', 'requirements.txt');
const VENV = join(ROOT, 'node_modules', '.cache', 'recipes-venv');

/** The system's Python 3, or a clear error. */
export function systemPython(): string {
  for (const candidate of ['python3', 'python']) {
    try {
      if (execFileSync(candidate, ['--version'], { encoding: 'utf8' }).startsWith('Python 3')) return candidate;
    } catch {
      /* try the next name */
    }
  }
  throw new Error('the recipe tests need Python 3 on the PATH (python3)');
}

/**
 * A virtual environment with the pinned SDKs of tests/recipes/requirements.txt, made once and remade when the
 * requirements change. Returns its python executable. Installing needs pip to reach a package index.
 */
export function pythonWithSdks(): string {
  const python = join(VENV, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  const stamp = join(VENV, 'requirements.sha256');
  const wanted = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex');
  if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return python;
  execFileSync(systemPython(), ['-m', 'venv', '--clear', VENV], { stdio: 'inherit' });
  try {
    execFileSync(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', '--retries', '1', '--timeout', '20', '-r', REQUIREMENTS], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch {
    throw new Error(`could not install ${REQUIREMENTS} into ${VENV}: pip needs a package index (PyPI or a mirror set in pip.conf)`);
  }
  writeFileSync(stamp, wanted);
  return python;
}
