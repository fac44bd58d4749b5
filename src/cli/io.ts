/** What a command may touch of the process: injected so tests can pass fakes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard error is a terminal: show progress there (quiet in logs and pipes). */
  tty?: boolean;
}

/** Exit codes: 0 ok, 1 problems in the content, 2 gongwen itself failed. */
export const EXIT = { ok: 0, content: 1, internal: 2 } as const;
