import EvidenceData
import EvidenceAnalysis

/// Cycle models of the session's datasets, with `cycles order` applied.
extension Session {
    /// The cycle model of a dataset of this session, with its base table's fixed order applied.
    public func cycleModel(for d: ResolvedDataset, baseName: String) -> CycleModel {
        CycleOrder.model(for: d, fixed: state.cycleOrders[baseName])
    }
}
