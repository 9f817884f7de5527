using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// Answers already computed for key paths of one schema: the rules ask for the same paths in every profile of a
/// project, and the analyzer runs them for each. Thread-safe; bounded, so raw keys with ever new names cannot grow it
/// without end (past the bound, answers are computed each time).
/// </summary>
internal sealed class BoundedPathCache<T>
{
    private const int MaxPaths = 4096;

    private readonly ConcurrentDictionary<string, T> answers = new(StringComparer.Ordinal);
    private int count;

    [MethodImpl(HotPath.Optimized)]
    public T GetOrAdd<TState>(string path, TState state, Func<string, TState, T> compute)
    {
        if (answers.TryGetValue(path, out var answer))
        {
            return answer;
        }

        answer = compute(path, state);
        if (Volatile.Read(ref count) < MaxPaths && answers.TryAdd(path, answer))
        {
            Interlocked.Increment(ref count);
        }

        return answer;
    }
}
