/**
 * Counts replacements of the user's data (a restore, an import): every open screen is opened
 * again when it changes, so none keeps showing data that is gone. Other tabs of the same browser
 * are told through a BroadcastChannel.
 */
class DataVersion {
  value = $state(0);
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('proctor-data') : undefined;

  constructor() {
    this.channel?.addEventListener('message', () => this.value++);
  }

  changed(): void {
    this.value++;
    this.channel?.postMessage('changed');
  }
}

export const dataVersion = new DataVersion();
