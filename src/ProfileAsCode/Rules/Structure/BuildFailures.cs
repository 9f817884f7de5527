namespace ProfileAsCode.Rules.Structure;

/// <summary>PAC9001: the build host could not create or serialize a profile (its code threw).</summary>
internal static class BuildFailures
{
    /// <param name="profileName">The profile record's type name.</param>
    /// <param name="exceptionType">The exception's type name (<c>InvalidOperationException</c>).</param>
    /// <param name="exceptionMessage">The exception's message, one line.</param>
    /// <param name="origin">The caller's location handle (the [ConfigurationProfile] attribute's file and line).</param>
    public static Finding ProfileThrew(string profileName, string exceptionType, string exceptionMessage, object? origin = null) => new(
        RuleCatalog.ProfileThrew,
        $"Profile '{profileName}' could not be built: {exceptionType}: {exceptionMessage}. The build runs the record's constructor and property initializers; fix the code that throws (for example a missing environment variable read for a secret). No .mobileconfig was written for this profile.",
        origin: origin);
}
