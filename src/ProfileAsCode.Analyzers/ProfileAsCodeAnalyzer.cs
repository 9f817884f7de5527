using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Facts;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// What every ProfileAsCode analyzer does first: concurrent, generated code skipped, attribute symbols
/// resolved once per compilation — and nothing registered when the library is not referenced.
/// </summary>
public abstract class ProfileAsCodeAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ProfileAsCodeSymbols.TryCreate(start.Compilation) is { } symbols)
            {
                Register(start, symbols.WithOptions(start.Options));
            }
        });
    }

    internal abstract void Register(CompilationStartAnalysisContext context, ProfileAsCodeSymbols symbols);
}
