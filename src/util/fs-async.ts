import {
  close,
  mkdir as mkdirCallback,
  open as openCallback,
  read,
  readFile as readFileCallback,
  stat as statCallback,
  writeFile as writeFileCallback,
} from 'node:fs';
import { promisify } from 'node:util';

/**
 * The promise-returning file functions every lint and check calls, as Node's own `promisify` of the callback
 * API: importing `node:fs/promises` loads Node's whole promise layer (FileHandle, its readline and stream
 * support), about 2 ms of every start (issue #15, cold start). Code that needs more of that layer (streams of
 * result files) imports `node:fs/promises` itself.
 */
export const readFile = promisify(readFileCallback);
export const stat = promisify(statCallback);
export const mkdir = promisify(mkdirCallback);
export const writeFile = promisify(writeFileCallback);

const openFd = promisify(openCallback);
const readFd = promisify(read);
const closeFd = promisify(close);

/** The part of `FileHandle` that reading a file's head needs. */
export interface FileReader {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

export async function open(path: string, flags: 'r'): Promise<FileReader> {
  const fd = await openFd(path, flags);
  return {
    read: (buffer, offset, length, position) => readFd(fd, buffer, offset, length, position),
    close: () => closeFd(fd),
  };
}
