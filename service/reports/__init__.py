"""What leaves the system: the register and the plan status as XLSX/CSV, the quarterly report
as DOCX with the official header, and the dashboard's chart as inline SVG."""
