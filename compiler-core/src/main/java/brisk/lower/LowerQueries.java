package brisk.lower;

import brisk.db.Query;
import brisk.resolve.CrateConfig;

/**
 * The back end's queries. {@link #FN} lowers one fn instance and is re-run only when that fn's
 * body, inference or position changes; {@link #PROGRAM} collects a whole program from its roots
 * and is cheap (it only gathers lowered fns and declares ADTs).
 */
public final class LowerQueries {
    /** Where a fn body is, for panic locations (backdated unless the body or the text above it moved). */
    static final Query<brisk.items.ItemLoc, BodyLines> BODY_LINES = Query.of("body_lines", BodyLines::compute);

    /** One fn instance's IR (or the unsupported-feature error). */
    public static final Query<FnInstance, LoweredFn> FN = Query.of("lower_fn", FnLowering::lower);

    /**
     * The program of a crate configuration: its binary ({@code test == false}, BIN crates) or its
     * unit-test harness ({@code test == true}).
     */
    public static final Query<CrateConfig, LoweredProgram> PROGRAM = Query.of("lower_program", ProgramLowering::lower);

    private LowerQueries() {}
}
