// The life cycle every main-process service follows: booted after app ready, shut down before quit.

export interface Service {
  readonly name: string;
  boot(): Promise<void>;
  shutdown(): Promise<void>;
}
