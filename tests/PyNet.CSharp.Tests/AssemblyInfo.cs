// sys.stdout and sys.modules are process-wide: the tests that redirect output or load modules run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
