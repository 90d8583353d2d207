package brisk.cli;

import brisk.diagnostics.CargoMessageContext;
import brisk.diagnostics.CargoSummary;
import brisk.diagnostics.CargoTarget;
import brisk.diagnostics.CargoUnit;
import brisk.diagnostics.Diagnostic;
import brisk.diagnostics.HumanRenderer;
import brisk.diagnostics.JsonRenderer;
import brisk.diagnostics.Severity;
import brisk.diagnostics.SourceLookup;
import brisk.host.CheckService;
import brisk.project.CrateData;
import brisk.project.TargetKind;
import brisk.workspace.LoadedWorkspace;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints check results the way cargo does: diagnostics on stderr in rustc's human format (or JSON
 * lines on stdout), a summary line per crate with errors or warnings, then {@code Finished}.
 */
final class CheckReport {
    private final LoadedWorkspace.Loaded workspace;
    private final boolean json;
    private final boolean color;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    CheckReport(LoadedWorkspace.Loaded workspace, boolean json, boolean color) {
        this.workspace = workspace;
        this.json = json;
        this.color = color;
    }

    /** Prints one diagnostic; returns 1 if it is an error. */
    int emit(HumanRenderer human, SourceLookup sources, CheckService.CrateResult crate, Diagnostic d) {
        if (json && crate != null) {
            out.println(new JsonRenderer(sources).cargoMessage(d, context(crate)));
        } else {
            err.print(human.render(d));
        }
        return d.severity() == Severity.ERROR ? 1 : 0;
    }

    void summary(CheckService.CrateResult result) {
        int errors = (int) result.errors();
        int warnings = (int) result.warnings();
        var unit = unit(result);
        if (errors > 0) {
            err.print(CargoSummary.couldNotCompile(unit, errors, warnings, color));
        } else if (warnings > 0) {
            err.print(CargoSummary.warningsGenerated(unit, warnings, 0, 0, color));
        }
    }

    void finished(double seconds) {
        String finished = color ? "\u001b[1m\u001b[92m    Finished\u001b[0m" : "    Finished";
        err.printf(Locale.ROOT, "%s `dev` profile [unoptimized + debuginfo] target(s) in %.2fs%n", finished, seconds);
    }

    private static CargoUnit unit(CheckService.CrateResult result) {
        CrateData crate = result.crate();
        var kind = switch (crate.kind()) {
            case LIB -> CargoUnit.Kind.LIB;
            case BIN -> CargoUnit.Kind.BIN;
            case TEST -> CargoUnit.Kind.TEST;
        };
        return new CargoUnit(crate.packageName(), kind, crate.name(), result.test() && crate.kind() != TargetKind.TEST);
    }

    private CargoMessageContext context(CheckService.CrateResult result) {
        CrateData crate = result.crate();
        var manifest = workspace.manifests().get(crate.packageDir());
        String version = manifest != null && manifest.pkg() != null
                ? manifest.pkg().version() : "0.0.0";
        var dir = workspace.root().resolve(crate.packageDir()).normalize();
        String packageId = "path+file://" + dir + "#" + crate.packageName() + "@" + version;
        String kind = crate.kind().name().toLowerCase(Locale.ROOT);
        var target = new CargoTarget(List.of(kind), List.of(kind), crate.name(),
                workspace.root().resolve(crate.rootFile()).normalize().toString(), crate.edition(), true,
                crate.kind() == TargetKind.LIB, true);
        return new CargoMessageContext(packageId, dir.resolve("Cargo.toml").toString(), target);
    }
}
