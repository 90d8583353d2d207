package brisk.items;

/** Declared visibility; {@code restrictedTo} is set for {@code pub(in path)}, {@code pub(super)}, {@code pub(self)}. */
public record Visibility(Kind kind, Path restrictedTo) {
    public static final Visibility PRIVATE = new Visibility(Kind.PRIVATE, null);
    public static final Visibility PUBLIC = new Visibility(Kind.PUBLIC, null);
    public static final Visibility CRATE = new Visibility(Kind.CRATE, null);

    public enum Kind { PRIVATE, PUBLIC, CRATE, RESTRICTED }
}
