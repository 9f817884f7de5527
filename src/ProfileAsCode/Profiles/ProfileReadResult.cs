namespace ProfileAsCode.Profiles;

/// <summary>A profile read with <see cref="ConfigurationProfile.FromPlist"/>, and what of the file it could not keep.</summary>
public sealed class ProfileReadResult
{
    internal ProfileReadResult(ConfigurationProfile profile, IReadOnlyList<string> notKept, IReadOnlyList<int> payloadIndexes)
    {
        Profile = profile;
        NotKept = notKept;
        PayloadIndexes = payloadIndexes;
    }

    public ConfigurationProfile Profile { get; }

    /// <summary>
    /// One line per thing the profile does not hold as the file had it (<c>payload 2: PayloadUUID is missing; written
    /// as ""</c>); empty for every profile macOS accepts. Values are not quoted: the file may be anyone's.
    /// </summary>
    public IReadOnlyList<string> NotKept { get; }

    /// <summary>For each of <see cref="ConfigurationProfile.Payloads"/>, its position in the file's <c>PayloadContent</c>.</summary>
    internal IReadOnlyList<int> PayloadIndexes { get; }
}
