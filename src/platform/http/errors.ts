// Typed domain errors with a stable code; one error handler (http/error-handler.ts) maps them.
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(public readonly code: 'NotFound' | 'Forbidden' | 'Conflict' | 'Invalid' | 'TooMany', message: string) {
    super(message);
  }
}
export class NotFound extends AppError {
  constructor(message = 'Sidan finns inte') {
    super('NotFound', message);
  }
}
export class Forbidden extends AppError {
  constructor(message = 'Du har inte behörighet') {
    super('Forbidden', message);
  }
}
export class Conflict extends AppError {
  constructor(message: string, public readonly fields: FieldErrors = {}) {
    super('Conflict', message);
  }
}
export class Invalid extends AppError {
  constructor(public readonly fields: FieldErrors, message = 'Uppgifterna behöver rättas') {
    super('Invalid', message);
  }
}
