import Benchmark
import EvidenceData
import EvidenceAnalysis
import EvidenceSession
import Foundation

// Loading a wide evidence file (28 columns, like shared/bench/gen_evidence.py writes) at
// 100 000 and 1 000 000 rows. The files are generated here, deterministically, into a temp
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
}
