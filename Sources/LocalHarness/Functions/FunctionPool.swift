/// The instances of one function: hands an idle one out, starts another while under the concurrency limit,
/// and otherwise makes the caller wait for one to come back.
actor FunctionPool {
    let configuration: FunctionConfiguration
    private let makeInstance: @Sendable (_ index: Int, _ runtimeAPIHost: String) -> FunctionProcess
    private var instances: [FunctionProcess] = []
    private var idle: [FunctionProcess] = []
    private var waiters: [CheckedContinuation<FunctionProcess, Never>] = []

    init(configuration: FunctionConfiguration, makeInstance: @escaping @Sendable (_ index: Int, _ runtimeAPIHost: String) -> FunctionProcess) {
        self.configuration = configuration
        self.makeInstance = makeInstance
    }

    /// The instance with number `index`, if it was created.
    func instance(_ index: Int) -> FunctionProcess? {
        instances.indices.contains(index) ? instances[index] : nil
    }

    /// An instance for one invocation (a new one reaches the runtime API at `runtimeAPIHost`); give it back
    /// with ``release(_:)``.
    func acquire(runtimeAPIHost: String) async -> FunctionProcess {
        if let instance = idle.popLast() { return instance }
        if instances.count < configuration.maximumConcurrency {
            let instance = makeInstance(instances.count, runtimeAPIHost)
            instances.append(instance)
            return instance
        }
        return await withCheckedContinuation { waiters.append($0) }
    }

    /// Returns an instance after its invocation.
    func release(_ instance: FunctionProcess) {
        if waiters.isEmpty {
            idle.append(instance)
        } else {
            waiters.removeFirst().resume(returning: instance)
        }
    }

    /// Stops every process.
    func stopAll() async {
        for instance in instances { await instance.shutdown() }
    }
}
