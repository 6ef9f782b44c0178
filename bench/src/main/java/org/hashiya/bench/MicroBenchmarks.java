package org.hashiya.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hashiya.bench.micro.TextBenchmarks;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the JMH benchmarks in {@code org.hashiya.bench.micro} and turns their results into report rows. */
public final class MicroBenchmarks {
    private MicroBenchmarks() {
    }

    public static List<Row> run(boolean quick) throws Exception {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(TextBenchmarks.class.getPackageName() + ".*")
                .forks(1)
                .verbosity(VerboseMode.SILENT)
                .timeUnit(TimeUnit.MICROSECONDS);
        if (quick) {
            builder.warmupIterations(2).warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(300));
        } else {
            builder.warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        }
        System.err.println("[bench] JMH micro-benchmarks");
        Collection<RunResult> results = new Runner(builder.build()).run();
        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            rows.add(row(result));
        }
        return rows;
    }

    private static Row row(RunResult result) {
        String name = result.getParams().getBenchmark();
        name = name.substring(name.lastIndexOf('.') + 1);
        String kb = result.getParams().getParam("kilobytes");
        List<Double> perOpSeconds = new ArrayList<>();
        for (BenchmarkResult br : result.getBenchmarkResults()) {
            for (IterationResult ir : br.getIterationResults()) {
                perOpSeconds.add(ir.getPrimaryResult().getScore() / 1e6); // µs/op -> s/op
            }
        }
        double[] seconds = perOpSeconds.stream().mapToDouble(Double::doubleValue).toArray();
        return new Row("JMH " + name, kb == null ? 0 : Integer.parseInt(kb), "KB",
                new Timing.Stats(seconds, 0), 1, "ops", null, null, null);
    }
}
