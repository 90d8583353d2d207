package brisk.types;

import brisk.resolve.BodyOwner;

/**
 * A function a call resolves to: a free fn, an inherent or trait impl's method, or a trait's own
 * method (a call through a bound, a {@code dyn Trait}, or an inherited default body).
 */
public record FnRef(BodyOwner owner, String name) {}
