using System.Runtime.CompilerServices;
using ProfileAsCode.Host;

// Nothing here may name a ProfileAsCode library type: the resolver must be in place before the
// runtime looks for the library (see AssemblyLoading).
if (AssemblyLoading.FindAssemblyArgument(args) is { } userAssembly)
{
    AssemblyLoading.ProbeBesides(userAssembly);
}

return Run(args);

[MethodImpl(MethodImplOptions.NoInlining)]
static int Run(string[] args) => HostRun.Execute(args, Console.Out, Console.Error);
