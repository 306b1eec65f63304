package org.skillmix.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jar's entry point: `skillmix COMMAND ...`. */
@Command(
        name = "skillmix",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Plan an integrated care system's workforce from the needs of its population.",
        subcommands = {
            ValidateCommand.class,
            ImportCommand.class,
            BacktestCommand.class,
            ProjectCommand.class,
            NationalCommand.class,
            CompareCommand.class,
            OptimiseCommand.class,
            BoardPackCommand.class,
            DesignCommand.class,
            ScenarioCommand.class,
            ExplainCommand.class,
            MutualAidCommand.class,
            WinterCommand.class,
            BankCommand.class,
            DischargeCommand.class,
            DischargeQuestionCommand.class,
            MetricsCommand.class,
            GenerateCommand.class,
            TemplateCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class SkillmixCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        boolean serving = args.length > 0 && args[0].equals("serve");
        if (!serving && System.getProperty("logback.configurationFile") == null) {
            // Before any logger exists: the tools print their own progress; library INFO lines would be noise.
            System.setProperty(CliLogging.PROPERTY, CliLogging.ON);
        }
        System.exit(execute(commandLine(), args));
    }

    /**
     * Runs the command and flushes what it printed. The writers flush themselves only on a line's end, and
     * System.exit does not flush them: a command whose last output is print() of a text (explain prints all of its
     * output so) would otherwise lose it.
     */
    static int execute(CommandLine cli, String... args) {
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SkillmixCommand());
        cli.setExecutionExceptionHandler(new PlainErrors());
        return cli;
    }
}
