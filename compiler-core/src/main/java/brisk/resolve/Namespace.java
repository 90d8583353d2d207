package brisk.resolve;

/** Rust's three namespaces: a module can hold a type and a value of the same name. */
public enum Namespace { TYPES, VALUES, MACROS }
