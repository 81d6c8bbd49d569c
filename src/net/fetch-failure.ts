// A failure whose plain-words message is already decided. Thrown only inside src/net
// and turned into a FetchResult at fetchFeed's boundary; nothing escapes that.
export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}
