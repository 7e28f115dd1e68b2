import {
  close as closeFd,
  mkdir as mkdirCallback,
  open as openFd,
  read as readFd,
  readFile as readFileCallback,
  stat as statCallback,
  writeFile as writeFileCallback,
  type Stats,
} from 'node:fs';

/**
 * The promise-returning file functions that every lint and check calls, over Node's callback API, with the
 * arguments and results of their `node:fs/promises` namesakes: importing `node:fs/promises` loads Node's whole
 * promise layer (FileHandle, its readline and stream support), about 2 ms of every start (issue #15, cold start).
 * Code that needs more of that layer (streams of result files) imports `node:fs/promises` itself.
 */
function settle<T>(
  resolve: (value: T) => void,
  reject: (error: Error) => void,
): (error: NodeJS.ErrnoException | null, value: T) => void {
  return (error, value) => (error ? reject(error) : resolve(value));
}

export function readFile(path: string): Promise<Buffer>;
export function readFile(path: string, encoding: 'utf8'): Promise<string>;
export function readFile(path: string, encoding?: 'utf8'): Promise<Buffer | string> {
  return new Promise((resolve, reject) =>
    encoding
      ? readFileCallback(path, encoding, settle<string>(resolve, reject))
      : readFileCallback(path, settle<Buffer>(resolve, reject)),
  );
}

export function stat(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => statCallback(path, settle<Stats>(resolve, reject)));
}

export function mkdir(path: string, options: { recursive: true }): Promise<string | undefined> {
  return new Promise((resolve, reject) =>
    mkdirCallback(path, options, settle<string | undefined>(resolve, reject)),
  );
}

export function writeFile(path: string, text: string, encoding: 'utf8'): Promise<void> {
  return new Promise((resolve, reject) =>
    writeFileCallback(path, text, encoding, (error) => (error ? reject(error) : resolve())),
  );
}

/** The part of `FileHandle` that reading a file's head needs. */
export interface FileReader {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

export function open(path: string, flags: 'r'): Promise<FileReader> {
  return new Promise((resolve, reject) =>
    openFd(path, flags, (error, fd) => {
      if (error) return reject(error);
      resolve({
        read: (buffer, offset, length, position) =>
          new Promise((done, fail) =>
            readFd(fd, buffer, offset, length, position, (e, bytesRead) =>
              e ? fail(e) : done({ bytesRead }),
            ),
          ),
        close: () => new Promise((done, fail) => closeFd(fd, (e) => (e ? fail(e) : done()))),
      });
    }),
  );
}
