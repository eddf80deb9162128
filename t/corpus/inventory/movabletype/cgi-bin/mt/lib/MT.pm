# Movable Type (r) (C) 2001-2016 Six Apart, Ltd. All Rights Reserved.
# This code cannot be redistributed without permission from www.sixapart.com.
# For more information, consult your Movable Type license.
#
# $Id$

package MT;

use strict;
use base qw( MT::ErrorHandler );
use filetest 'access';
use File::Spec;
use File::Basename;

our ( $VERSION, $SCHEMA_VERSION );
our ($PRODUCT_NAME, $PRODUCT_CODE,   $PRODUCT_VERSION, $VERSION_ID,
    $RELEASE_NUMBER, $PORTAL_URL, $RELEASE_VERSION_ID
);
our ( $MT_DIR, $APP_DIR, $CFG_DIR, $CFG_FILE, $SCRIPT_SUFFIX );

# For state determination in MT::Object
our $plugins_installed;

BEGIN {
    $plugins_installed = 0;

    ( $VERSION, $SCHEMA_VERSION ) = ( '6.2', '6.0023' );
    (   $PRODUCT_NAME, $PRODUCT_CODE,   $PRODUCT_VERSION,
        $VERSION_ID,   $RELEASE_NUMBER, $PORTAL_URL,
        $RELEASE_VERSION_ID
        )
        = (
        'Movable Type Pro', 'MTP',
        '6.2.4',            '6.2.4',
        4,                  'http://www.movabletype.com/',
        '__RELEASE_VERSION_ID__',
        );

    if ( $RELEASE_VERSION_ID eq '__RELEASE' . '_VERSION_ID__' ) {
        $RELEASE_VERSION_ID = '';
    }
}

sub version_number  {$VERSION}
sub version_id      {$VERSION_ID}
sub product_version {$PRODUCT_VERSION}

1;
