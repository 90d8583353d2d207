package brisk.resolve;

/**
 * A visibility after resolution: public, or visible inside one module subtree of one crate
 * configuration ({@code pub(crate)} is the root's subtree, private the declaring module's).
 */
public record ResolvedVisibility(ModuleRef restrictedTo) {
    public static final ResolvedVisibility PUBLIC = new ResolvedVisibility(null);

    public boolean isPublic() {
        return restrictedTo == null;
    }
}
