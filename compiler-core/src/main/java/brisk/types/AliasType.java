package brisk.types;

/** A type alias: the aliased type in terms of the alias's own generic parameters. */
public record AliasType(GenericParams generics, Ty type) {}
