using System.Runtime.CompilerServices;

namespace ProfileAsCode.Rules;

/// <summary>
/// For the few loops that run for every key (or character) of every profile. The analyzer runs them
/// inside csc, which JIT-compiles the analyzer afresh in every build that has no compiler server, and
/// within one build tiered PGO keeps our code in its slower tiers: on 1,000 profile records the rule
/// engine took 190 µs per profile there, 54 µs fully optimized. Marked methods are optimized on their
/// first call (docs/benchmarks.md, "Analyzer cost").
/// </summary>
internal static class HotPath
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; .NET Framework ignores it.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
