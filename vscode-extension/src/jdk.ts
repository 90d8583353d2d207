import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** brisk is compiled with `--release 25`, so any older JVM fails with UnsupportedClassVersionError. */
export const REQUIRED_JAVA = 25;

const TEMURIN_25 = '/usr/lib/jvm/temurin-25-jdk-amd64';

export interface Jdk {
  readonly home: string;
  readonly java: string;
  readonly major: number;
}

/**
 * The JDK that runs the bundled server: JAVA_HOME when it is a JDK 25 or newer, else Temurin 25 at
 * its Debian location, else the `java` on PATH when that is new enough; undefined when none is.
 */
export async function findJdk(env: NodeJS.ProcessEnv = process.env): Promise<Jdk | undefined> {
  const candidates: string[] = [];
  if (env.JAVA_HOME) {
    candidates.push(env.JAVA_HOME);
  }
  candidates.push(TEMURIN_25);
  for (const home of candidates) {
    const jdk = await jdkAt(home);
    if (jdk && jdk.major >= REQUIRED_JAVA) {
      return jdk;
    }
  }
  const onPath = await javaOnPath(env);
  return onPath && onPath.major >= REQUIRED_JAVA ? onPath : undefined;
}

async function jdkAt(home: string): Promise<Jdk | undefined> {
  const java = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
  if (!existsSync(java)) {
    return undefined;
  }
  const major = releaseFileMajor(home) ?? (await runtimeMajor(java));
  return major === undefined ? undefined : { home, java, major };
}

/** Reads `JAVA_VERSION="25.0.1"` from the JDK's `release` file: no JVM start needed. */
function releaseFileMajor(home: string): number | undefined {
  try {
    const match = /^JAVA_VERSION="(\d+)(?:\.\d+)*[^"]*"/m.exec(readFileSync(path.join(home, 'release'), 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the JVM itself, for JDKs without a `release` file. */
function runtimeMajor(java: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(java, ['-XshowSettings:properties', '-version'], { timeout: 20_000 }, (_error, stdout, stderr) => {
      const match = /java\.specification\.version = (\d+)/.exec(`${stdout}${stderr}`);
      resolve(match ? Number(match[1]) : undefined);
    });
  });
}

async function javaOnPath(env: NodeJS.ProcessEnv): Promise<Jdk | undefined> {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'java'))) {
      const java = path.join(dir, 'java');
      const major = await runtimeMajor(java);
      return major === undefined ? undefined : { home: path.dirname(dir), java, major };
    }
  }
  return undefined;
}
