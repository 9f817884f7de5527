namespace ProfileAsCode.Signing.Tests.Support;

public static class Expect
{
    /// <summary>The call fails with <paramref name="error"/>, and the message starts with the file and carries the fix.</summary>
    public static SigningException Failure(SigningError error, string? file, string fixFragment, Action action)
    {
        var exception = Assert.Throws<SigningException>(action);
        Assert.Equal(error, exception.Error);
        Assert.Equal(file, exception.File);
        if (file is not null)
        {
            Assert.StartsWith(file + ": ", exception.Message, StringComparison.Ordinal);
        }

        Assert.Contains(fixFragment, exception.Fix, StringComparison.Ordinal);
        Assert.EndsWith(exception.Fix, exception.Message, StringComparison.Ordinal);
        return exception;
    }
}
