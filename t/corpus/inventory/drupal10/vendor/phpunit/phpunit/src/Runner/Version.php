<?php declare(strict_types=1);
/*
 * This file is part of PHPUnit.
 *
 * (c) Sebastian Bergmann <sebastian@phpunit.de>
 */
namespace PHPUnit\Runner;

use SebastianBergmann\Version as VersionId;

/**
 * @no-named-arguments Parameter $string of PHPUnit\Framework\TestCase::setName() is not part of PHPUnit's public API.
 */
final class Version
{
    private static $pharVersion = '';
    private static $version = '';

    /**
     * Returns the current version of PHPUnit.
     */
    public static function id(): string
    {
        if (self::$pharVersion !== '') {
            return self::$pharVersion;
        }

        if (self::$version === '') {
            self::$version = (new VersionId('9.6.13', dirname(__DIR__, 2)))->getVersion();
        }

        return self::$version;
    }
}
