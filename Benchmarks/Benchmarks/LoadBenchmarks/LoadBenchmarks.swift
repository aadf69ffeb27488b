import Benchmark
import EvidenceData
import EvidenceAnalysis
import EvidenceSession
import Foundation

// Loading a wide evidence file (28 columns, like shared/bench/gen_evidence.py writes) at
// 100 000 and 1 000 000 rows; the 100 000 rows as a workbook (`load FILE.xlsx`, whole command);
// and writing the 100 000 rows back out as a workbook (`export … to FILE.xlsx`, whole command;
// docs/evidence.md, "Workbooks": at most 2 s). The files are generated here, deterministically, into a temp
// folder (once; reused when the same file is already there).
let benchmarks: @Sendable () -> Void = {
    for rows in [100_000, 1_000_000] {
        let label = rows == 100_000 ? "100k" : "1M"
        Benchmark(
            "load wide \(label)",
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal],
                timeUnits: .milliseconds,
                maxDuration: .seconds(rows == 100_000 ? 5 : 20),
                maxIterations: rows == 100_000 ? 20 : 5
            )
        ) { benchmark in
            let path = WideEvidenceFile.path(rows: rows)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let result = try CSVLoader.load(path: path, name: "wide", displayPath: path, options: LoadOptions())
                precondition(result.table.rowCount == rows)
                blackHole(result)
            }
        }
    }
    Benchmark(
        "load workbook 100k",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal],
            timeUnits: .milliseconds,
            maxDuration: .seconds(10),
            maxIterations: 10
        )
    ) { benchmark in
        let path = WideEvidenceFile.workbook(rows: 100_000)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let session = Session()
            let loaded = session.run("load \(path) as wide")
            precondition(!loaded.failed)
            blackHole(loaded)
        }
    }
    Benchmark(
        "export xlsx 100k",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
            timeUnits: .milliseconds,
            maxDuration: .seconds(10),
            maxIterations: 5
        )
    ) { benchmark in
        let path = WideEvidenceFile.path(rows: 100_000)
        let session = Session()
        let loaded = session.run("load \(path) as wide")
        precondition(!loaded.failed)
        let out = NSTemporaryDirectory() + "evsh-bench-export-100k.xlsx"
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let written = session.run("export wide to \(out)")
            precondition(!written.failed)
            blackHole(written)
        }
    }
}
