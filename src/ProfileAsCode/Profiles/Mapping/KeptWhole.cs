namespace ProfileAsCode.Profiles.Mapping;

/// <summary>Why the mapping may reflect over types the trimmer cannot follow (the suppressions cite it).</summary>
internal static class KeptWhole
{
    /// <summary>
    /// A record's property types are found at run time, so no annotation can carry the members the mapping
    /// reads from one type to the next. Every type that reaches it has all its members kept: the build host,
    /// which maps the user's records, is never trimmed; the trimmed or Native AOT CLI maps only the library's own
    /// records (Jamf Connect, Apple) and keeps the library whole (TrimmerRootAssembly in ProfileAsCode.Cli.csproj).
    /// </summary>
    public const string Justification =
        "Only types whose members are all kept reach the mapping: the build host is not trimmed, and the trimmed CLI maps only the records of the ProfileAsCode library, which it keeps whole (TrimmerRootAssembly).";

    /// <summary>Reading values out of record instances (<see cref="PayloadMapper"/>) happens in the build host only.</summary>
    public const string ValuesInHostOnly =
        "Only the build host, which is not trimmed, maps record instances to values; the trimmed CLI reads shapes, never values.";
}
