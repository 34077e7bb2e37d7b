// Where the workbench keeps its files (originals, import inbox, backups): Electron's userData, computed the same way without Electron.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Analyst Workbench';

/** The folder Electron's app.getPath('userData') gives for this app, for the command line that runs without Electron. */
export function defaultDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.WORKBENCH_DATA_DIR) return env.WORKBENCH_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
}

export const dataPaths = (root: string) => ({
  root,
  originals: join(root, 'originals'),
  inbox: join(root, 'inbox'),
});
