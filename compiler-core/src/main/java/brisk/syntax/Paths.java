package brisk.syntax;

import static brisk.syntax.SyntaxKind.*;

import brisk.syntax.ParserState.CompletedMarker;
import brisk.syntax.ParserState.Marker;

/**
 * Paths in their three flavours: use paths (no generic args), type paths ({@code Vec<T>},
 * {@code Fn(A) -> B}) and expression paths (turbofish only: {@code f::<T>}). A path nests as
 * {@code PATH(PATH(qualifier) :: PATH_SEGMENT)}, like rust-analyzer.
 */
final class Paths {
    private Paths() {
    }

    enum Mode { USE, TYPE, EXPR }

    static final TokenSet SEGMENT_START = TokenSet.of(IDENT, SELF_KW, SUPER_KW, CRATE_KW, SELF_TYPE_KW);
    /** Single tokens that can start a path (`::` starts with `:`). */
    static final TokenSet PATH_START = SEGMENT_START.union(TokenSet.of(COLON, LT));

    static boolean atPathStart(ParserState p) {
        return p.atTs(SEGMENT_START) || p.at(COLON2) || p.at(LT);
    }

    static void usePath(ParserState p) {
        path(p, Mode.USE);
    }

    static void typePath(ParserState p) {
        path(p, Mode.TYPE);
    }

    static void exprPath(ParserState p) {
        path(p, Mode.EXPR);
    }

    static CompletedMarker path(ParserState p, Mode mode) {
        Marker m = p.start();
        segment(p, mode, true);
        CompletedMarker qual = m.complete(p, PATH);
        while (p.at(COLON2) && segmentFollows(p, mode)) {
            Marker outer = qual.precede(p);
            p.bump(COLON2);
            segment(p, mode, false);
            qual = outer.complete(p, PATH);
        }
        return qual;
    }

    /** After {@code ::}: another segment (not a use-tree glob/group, not a turbofish). */
    private static boolean segmentFollows(ParserState p, Mode mode) {
        SyntaxKind k = p.nth(2);
        if (SEGMENT_START.contains(k)) {
            return true;
        }
        // `a::` followed by garbage: treat as a segment so that the error points after `::`.
        return mode != Mode.USE && k != LT && k != STAR && k != L_CURLY;
    }

    private static void segment(ParserState p, Mode mode, boolean first) {
        Marker m = p.start();
        if (first && p.at(COLON2)) {
            p.bump(COLON2);
        }
        if (first && p.at(LT) && mode != Mode.USE) {
            // Qualified path `<T as Trait>::Name`.
            p.bump(LT);
            Types.type(p);
            if (p.eat(AS_KW)) {
                Marker t = p.start();
                typePath(p);
                t.complete(p, PATH_TYPE);
            }
            p.expect(GT);
            m.complete(p, PATH_SEGMENT);
            return;
        }
        if (p.atTs(SEGMENT_START)) {
            Marker n = p.start();
            p.bumpAny();
            n.complete(p, NAME_REF);
        } else {
            p.error("expected identifier, found " + p.describeCurrent());
        }
        switch (mode) {
            case TYPE -> {
                if (p.at(COLON2) && p.nth(2) == LT) {
                    Generics.genericArgList(p, true);
                } else if (p.at(LT) && !p.at(LTEQ) && !p.at(SHLEQ)) {
                    Generics.genericArgList(p, false);
                } else if (p.at(L_PAREN)) {
                    fnSugar(p);
                }
            }
            case EXPR -> {
                if (p.at(COLON2) && p.nth(2) == LT) {
                    Generics.genericArgList(p, true);
                }
            }
            case USE -> {
            }
        }
        m.complete(p, PATH_SEGMENT);
    }

    /** {@code Fn(A, B) -> C} parameter sugar. */
    private static void fnSugar(ParserState p) {
        Marker params = p.start();
        Grammar.delimited(p, L_PAREN, R_PAREN, "type", Types.TYPE_FIRST, q -> {
            if (!q.atTs(Types.TYPE_FIRST)) {
                return false;
            }
            Marker param = q.start();
            Types.type(q);
            param.complete(q, PARAM);
            return true;
        });
        params.complete(p, PARAM_LIST);
        Types.optRetType(p);
    }
}
