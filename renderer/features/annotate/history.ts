// Undo and redo for every change an analyst makes: each change is a command that knows how to reverse itself.

export interface Command {
  /** i18n key of what the command does, shown in the undo button's tooltip. */
  label: string;
  apply(): Promise<void>;
  revert(): Promise<void>;
}

export type HistoryEvent = 'run' | 'undo' | 'redo';
type Listener = (event: HistoryEvent) => void;

export class History {
  private done: Command[] = [];
  private undone: Command[] = [];
  private listeners = new Set<Listener>();
  /** Commands run one after another so an undo never overtakes the change it reverses. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly limit = 500) {}

  run(command: Command): Promise<void> {
    return this.enqueue('run', async () => {
      await command.apply();
      this.done.push(command);
      if (this.done.length > this.limit) this.done.shift();
      this.undone = [];
    });
  }

  undo(): Promise<void> {
    return this.enqueue('undo', async () => {
      const command = this.done.pop();
      if (!command) return;
      await command.revert();
      this.undone.push(command);
    });
  }

  redo(): Promise<void> {
    return this.enqueue('redo', async () => {
      const command = this.undone.pop();
      if (!command) return;
      await command.apply();
      this.done.push(command);
    });
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
  get nextUndoLabel(): string | undefined {
    return this.done.at(-1)?.label;
  }
  get nextRedoLabel(): string | undefined {
    return this.undone.at(-1)?.label;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private enqueue(event: HistoryEvent, step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step).finally(() => this.listeners.forEach((l) => l(event)));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
