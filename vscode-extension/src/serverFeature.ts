import type { ClientCapabilities, FeatureState, ServerCapabilities, StaticFeature } from 'vscode-languageclient/node';
import {
  BaseLanguageClient,
  WorkDoneProgress,
  WorkDoneProgressCreateParams,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageclient/node';
import type { BriskStatus } from './status';

/**
 * How this client talks to brisk beyond the built-in features:
 * - brisk pushes diagnostics (`textDocument/publishDiagnostics`) as the user types and also offers
 *   pull diagnostics; using both would list every problem twice, so the pull provider is dropped.
 * - server-initiated `$/progress` drives the status bar spinner instead of the client's default
 *   window progress (registered after the built-in progress feature, so this handler wins).
 */
export class BriskServerFeature implements StaticFeature {
  private readonly parts = new Set<{ dispose(): void }>();

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly status: BriskStatus,
  ) {}

  getState(): FeatureState {
    return { kind: 'static' };
  }

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.window = { ...capabilities.window, workDoneProgress: true };
  }

  preInitialize(capabilities: ServerCapabilities): void {
    delete capabilities.diagnosticProvider;
  }

  initialize(): void {
    this.client.onRequest(WorkDoneProgressCreateRequest.type, (params: WorkDoneProgressCreateParams) => {
      const part = this.client.onProgress(WorkDoneProgress.type, params.token, (value) => {
        switch (value.kind) {
          case 'begin':
            this.status.progress(value.message ?? value.title);
            break;
          case 'report':
            this.status.progress(value.percentage !== undefined ? `${value.percentage}%` : (value.message ?? '…'));
            break;
          case 'end':
            this.status.progressDone();
            part.dispose();
            this.parts.delete(part);
            break;
        }
      });
      this.parts.add(part);
    });
  }

  clear(): void {
    for (const part of this.parts) {
      part.dispose();
    }
    this.parts.clear();
    this.status.progressDone();
  }
}
