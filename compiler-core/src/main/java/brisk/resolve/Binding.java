package brisk.resolve;

/** A name in a module scope: its definition, who may see it, and whether a glob import brought it. */
public record Binding(Def def, ResolvedVisibility visibility, boolean fromGlob) {}
