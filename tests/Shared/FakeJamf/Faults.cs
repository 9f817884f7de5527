using System.Collections.Concurrent;

namespace ProfileAsCode.Testing.FakeJamf;

/// <summary>Something the test server does instead of, before or after handling a request.</summary>
internal abstract record Fault;

/// <summary>Answer at once with this status (a Classic status page), without handling the request.</summary>
internal sealed record StatusFault(int Status, TimeSpan? RetryAfter = null) : Fault;

/// <summary>Wait before handling the request: a slow server. A client that times out first aborts the request, which is then not handled.</summary>
internal sealed record DelayFault(TimeSpan Delay) : Fault;

/// <summary>Handle the request (a create or update is stored), then answer with this status instead of the real answer.</summary>
internal sealed record FailAfterHandlingFault(int Status) : Fault;

/// <summary>Forget every issued token before handling the request (a token revoked or expired early).</summary>
internal sealed record RevokeTokensFault : Fault;

/// <summary>Faults to inject, each for requests matching a method and a path prefix, a bounded number of times.</summary>
internal sealed class FaultPlan
{
    private readonly ConcurrentQueue<Rule> rules = new();

    public void Add(string method, string pathPrefix, Fault fault, int times = 1) => rules.Enqueue(new Rule(method, pathPrefix, fault, times));

    public void Clear() => rules.Clear();

    /// <summary>The fault for this request, if a rule with uses left matches it (the use is consumed).</summary>
    public Fault? Take(string method, string path)
    {
        foreach (var rule in rules)
        {
            if (string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase) && path.StartsWith(rule.PathPrefix, StringComparison.Ordinal) && rule.TryUse())
            {
                return rule.Fault;
            }
        }

        return null;
    }

    private sealed class Rule(string method, string pathPrefix, Fault fault, int times)
    {
        private int left = times;

        public string Method => method;

        public string PathPrefix => pathPrefix;

        public Fault Fault => fault;

        public bool TryUse() => Interlocked.Decrement(ref left) >= 0;
    }
}
