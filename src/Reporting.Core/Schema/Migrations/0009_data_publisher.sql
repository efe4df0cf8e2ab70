-- Which local file publishes a ClickHouse warehouse (issue 24): each database file gets an id of its
-- own, published with the data version. A warehouse takes its data from one file: another
-- application pointed at it reads, and its start-up publishes nothing over what it finds.
ALTER TABLE data_version ADD COLUMN publisher VARCHAR;
UPDATE data_version SET publisher = CAST(gen_random_uuid() AS VARCHAR);
