-- What a booth's logo and banner show (issue 15): required with a logo or banner from now on; booths from before keep
-- NULL and are shown with "Logo: <name>" as before.
ALTER TABLE booth
    ADD COLUMN logo_alt   VARCHAR(300),
    ADD COLUMN banner_alt VARCHAR(300);
