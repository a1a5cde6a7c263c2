using Xunit;

// PyType fills its dictionary lazily and another thread can observe it half-filled, so runtime tests run one at a
// time until type initialisation is made thread-safe.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
