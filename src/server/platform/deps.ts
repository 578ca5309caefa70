import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import type { LoginLimiter } from './login-limiter.js';

/** What every module's routes are given. */
export interface AppDeps {
  db: Db;
  config: Config;
  clock: Clock;
  loginLimiter: LoginLimiter;
}
