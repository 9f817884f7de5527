using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ProfileAsCode.CodeFixes;

/// <summary>
/// A fixer of the engine's certain fixes: it may see any rule (the diagnostic says which fix applies),
/// and Fix All batches every diagnostic of one equivalence key.
/// </summary>
public abstract class CertainFixProvider : CodeFixProvider
{
    public sealed override ImmutableArray<string> FixableDiagnosticIds => FixableRules.Ids;

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;
}
