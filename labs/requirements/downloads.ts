// Made by `npm run labs:lock`: bytes of the wheels pip downloads from PyPI for each lock, per platform.
export const DOWNLOAD_BYTES = {
  "notebook": {
    "x86_64": 127701527,
    "aarch64": 126357164
  },
  "api": {
    "x86_64": 65016933,
    "aarch64": 62952814
  },
  "web": {
    "x86_64": 7544169,
    "aarch64": 7745559
  },
  "project": {
    "x86_64": 99282670,
    "aarch64": 96700520
  }
} as const;
