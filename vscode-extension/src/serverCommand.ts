import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { findJdk, REQUIRED_JAVA } from './jdk';

/** How to start brisk: `command args… <subcommand> …` with `env`. */
export interface BriskCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Where brisk came from, for the log. */
  readonly description: string;
}

/** brisk cannot be started; `message` says what the user should do. */
export class BriskNotFound extends Error {}

const MAIN_CLASS = 'brisk.cli.Main';
const JVM_OPTIONS = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xss16m'];

/**
 * Resolves how to run brisk: the `brisk.path` setting (the repository's `brisk` launcher, a folder
 * holding it, or a jar), else the server bundled under `server/` in this extension.
 */
export async function resolveBrisk(configuredPath: string, extensionPath: string): Promise<BriskCommand> {
  const configured = configuredPath.trim();
  if (configured) {
    return fromSetting(configured);
  }
  const bundled = path.join(extensionPath, 'server');
  const classpathFile = path.join(bundled, 'classpath.txt');
  if (!existsSync(classpathFile)) {
    throw new BriskNotFound(
      'brisk: this build of the extension has no bundled server. Set "brisk.path" to the brisk launcher of a brisk checkout.',
    );
  }
  const jars = readFileSync(classpathFile, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((jar) => path.join(bundled, jar.trim()));
  return javaCommand(jars, `bundled server (${bundled})`);
}

async function fromSetting(configured: string): Promise<BriskCommand> {
  let target = configured;
  if (existsSync(target) && statSync(target).isDirectory()) {
    target = path.join(target, 'brisk');
  }
  if (!existsSync(target)) {
    throw new BriskNotFound(`brisk: "brisk.path" is set to ${configured}, which does not exist.`);
  }
  if (target.endsWith('.jar')) {
    return javaCommand([target], `jar ${target}`);
  }
  // The launcher script finds its own JDK 25 (and builds brisk on first use).
  return { command: target, args: [], env: { ...process.env }, description: `launcher ${target}` };
}

async function javaCommand(classpath: readonly string[], description: string): Promise<BriskCommand> {
  const jdk = await findJdk();
  if (!jdk) {
    throw new BriskNotFound(
      `brisk needs JDK ${REQUIRED_JAVA}: install a JDK ${REQUIRED_JAVA} (for example Temurin ${REQUIRED_JAVA}) and set JAVA_HOME to it, then run "brisk: Restart server".`,
    );
  }
  return {
    command: jdk.java,
    args: [...JVM_OPTIONS, '-cp', classpath.join(path.delimiter), MAIN_CLASS],
    env: { ...process.env, JAVA_HOME: jdk.home },
    description: `${description} on JDK ${jdk.major} (${jdk.home})`,
  };
}
